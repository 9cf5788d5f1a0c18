"""``python -m bisumm.cli``: the ``bisumm`` command line; ``--write-help`` rewrites ``cli-help.txt``."""

import sys

from bisumm.cli import _write_help, main

if __name__ == "__main__":
    if sys.argv[1:] == ["--write-help"]:
        _write_help()
    else:
        main()
