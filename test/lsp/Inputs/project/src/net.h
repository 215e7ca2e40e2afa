#pragma once
int fetch(int fd, char *buf);
