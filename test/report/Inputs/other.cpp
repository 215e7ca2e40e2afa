// A second translation unit: a call across files is an edge too.
void sleeper();
void later() { sleeper(); }
