"""A loopback TCP relay in front of the suite's Neo4j, to lose Neo4j without stopping it.

What a client of Neo4j sees when the server stops, dies or the network breaks is its
connections closing and new ones refused. The relay does exactly that to whoever talks to
Neo4j through it, while the real server keeps running warm: stopping it costs seconds and
leaves a cold JVM that slows every test after it. The real stop and kill stay covered by the
tests that do them (tests/system/test_faults.py, test_neo4j_killed.py, test_local_neo4j.py).
"""

from __future__ import annotations

import contextlib
import errno
import socket
import threading
import time
from typing import Protocol

#: Bolt's COMMIT message as the driver sends it: one chunk of two bytes (an empty struct,
#: signature 0x12), then the end-of-message marker.
BOLT_COMMIT = b"\x00\x02\xb0\x12\x00\x00"


class CuttableRelay:
    """Forwards loopback TCP to Neo4j until the client first sends `cut_at`; then closes every
    connection without forwarding it. `comes_back` decides whether new connections are let
    through afterwards (a blip) or refused (Neo4j gone). With `at_commit`, `cut_at` only arms
    the relay: the cut comes with the next COMMIT, which reaches Neo4j and is applied there,
    while its answer is held back, so the client cannot know whether the transaction committed.

    Without `cut_at` nothing is cut by itself: `go_away` and `come_back` switch Neo4j out of
    reach and back, on the same port, as a stop and a start would.
    """

    def __init__(
        self,
        upstream: tuple[str, int],
        cut_at: bytes | None = None,
        comes_back: bool = True,
        at_commit: bool = False,
    ) -> None:
        self.upstream = upstream
        self.cut_at = cut_at
        self.comes_back = comes_back
        self.at_commit = at_commit
        self.was_cut = threading.Event()
        self._armed = False
        self._commit_answer_from: socket.socket | None = None
        self._lock = threading.Lock()
        self._open: list[socket.socket] = []
        self._listener: socket.socket | None = None
        self.port = 0
        self._listen()

    @property
    def uri(self) -> str:
        """The relay's address, for NEO4J_URI."""
        return f"bolt://127.0.0.1:{self.port}"

    def go_away(self) -> None:
        """Close the listener and every open connection: clients are refused, as by a
        stopped server, until `come_back`."""
        with self._lock:
            self._stop_listening()
            self._close_all()

    def come_back(self) -> None:
        """Listen again on the same port and forward as before."""
        with self._lock:
            if self._listener is None:
                self._listen()

    def close(self) -> None:
        with self._lock:
            self.comes_back = False
            self._cut()

    def _listen(self) -> None:
        # The port's connections that the relay closed linger in TIME_WAIT, which
        # create_server's SO_REUSEADDR allows; another socket briefly on it does not.
        deadline = time.monotonic() + 5
        while True:
            try:
                listener = socket.create_server(("127.0.0.1", self.port))
                break
            except OSError as error:
                if error.errno != errno.EADDRINUSE or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        self.port = listener.getsockname()[1]
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def _stop_listening(self) -> None:
        if self._listener is not None:
            _close(self._listener)
            self._listener = None

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # the listener was closed: Neo4j is "gone"
            try:
                server = socket.create_connection(self.upstream)
            except OSError:
                _close(client)
                continue
            for end in (client, server):  # as the driver does: no Nagle delay per message
                end.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                if self._listener is not listener:  # went away while this one connected
                    _close(client)
                    _close(server)
                    return
                self._open += [client, server]
            threading.Thread(target=self._pump, args=(client, server, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, False), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, watch: bool) -> None:
        tail = b""
        while True:
            try:
                data = source.recv(65536)
            except OSError:
                break
            if not data:
                break
            if watch:
                window = tail + data  # the statement may arrive split across reads
                with self._lock:
                    if not self.was_cut.is_set() and self._armed and BOLT_COMMIT in data:
                        self._commit_answer_from = sink  # the COMMIT goes on to Neo4j...
                    elif (
                        not self.was_cut.is_set()
                        and self.cut_at is not None
                        and self.cut_at in window
                    ):
                        if not self.at_commit:
                            self._cut()
                            return
                        self._armed = True
                if self.cut_at is not None:
                    tail = window[-len(self.cut_at) :]
            elif source is self._commit_answer_from:
                with self._lock:
                    self._cut()  # ...and its answer never reaches the client
                return
            try:
                sink.sendall(data)
            except OSError:
                break
        for end in (source, sink):
            _close(end)

    def _cut(self) -> None:
        self.was_cut.set()
        self._commit_answer_from = None
        if not self.comes_back:
            self._stop_listening()
        self._close_all()

    def _close_all(self) -> None:
        for end in self._open:
            _close(end)
        self._open.clear()


def _close(end: socket.socket) -> None:
    with contextlib.suppress(OSError):
        end.shutdown(socket.SHUT_RDWR)
    end.close()


class RelayFactory(Protocol):
    """The `relay` fixture (tests/conftest.py): a relay to the suite's Neo4j."""

    def __call__(
        self, cut_at: str | None = None, comes_back: bool = True, at_commit: bool = False
    ) -> CuttableRelay: ...
