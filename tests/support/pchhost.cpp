// Hosts the GUI tests' precompiled header (tests/CMakeLists.txt); no code.
