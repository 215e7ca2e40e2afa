void broken() { undeclared(); }
