"""The bundle's program: pmdesk's own entry point."""

import sys

from pmdesk.__main__ import main

sys.exit(main())
