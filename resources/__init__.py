"""pmdesk's data files, installed as the package ``pmdesk.resources``.

Read them through ``pmdesk.resource_files``, which also finds them in a source checkout.
"""
