/**
 * Calls of Python's `socket` module that wait on the network: name resolution and
 * `create_connection`. Making a socket object (`socket.socket(af)`, `socketpair`) and the
 * byte-order and address helpers (`inet_aton`, `htons`) return at once, so a factory that makes a
 * socket and hands it to a non-blocking stream does no blocking I/O; the waiting calls on a socket
 * object (`recv`, `accept`, `sendall`) are read apart, by their method name.
 */
export const BLOCKING_SOCKET_CALL =
  /^socket\.(?:create_connection|getaddrinfo|gethostbyname|gethostbyname_ex|gethostbyaddr|getnameinfo|getfqdn)$/;
