"""Only what pyproject.toml cannot say: which packages the wheel holds."""

from setuptools import find_namespace_packages, find_packages, setup

# resources/ stays at the top of the repository; installed, it is the package
# pmdesk.resources (pyproject.toml maps the folder), its sub-folders hold only data.
DATA_FOLDERS = find_namespace_packages("resources", exclude=["__pycache__"])

setup(
    packages=[
        *find_packages(include=["pmdesk", "pmdesk.*"]),
        "pmdesk.resources",
        *(f"pmdesk.resources.{folder}" for folder in DATA_FOLDERS),
    ]
)
