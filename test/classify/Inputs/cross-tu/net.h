#pragma once
int retry_read(int fd, char *buf);
int level3(int fd, char *buf);
