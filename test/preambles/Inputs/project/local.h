inline int local() { return 1; }
