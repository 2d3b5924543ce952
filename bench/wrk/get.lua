-- GET the URL given on the command line (with the -H headers), as fast as the connections allow.
dofile(os.getenv("BENCH_LUA_DIR") .. "/report.lua")
