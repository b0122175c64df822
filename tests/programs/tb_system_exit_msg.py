import sys
sys.stdout.write("partial output\n")
raise SystemExit("fatal: bad config")
