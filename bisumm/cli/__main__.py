"""``python -m bisumm.cli``: the ``bisumm`` command line; ``--write-help`` rewrites ``cli-help.txt``."""

import sys

from bisumm.cli import write_help, main

if __name__ == "__main__":
    if sys.argv[1:] == ["--write-help"]:
        write_help()
    else:
        main()
