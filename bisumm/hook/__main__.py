"""``python -m bisumm.hook``: the same as the ``bisumm-hook`` script."""

import sys

from bisumm.hook import main

if __name__ == "__main__":
    sys.exit(main())
