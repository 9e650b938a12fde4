#!/usr/bin/env python3
"""A real ML Metadata gRPC server on 127.0.0.1, for tests and benchmarks.

The PyPI `ml-metadata` wheel ships the C++ store (a pybind11 extension over
SQLite) and the service's protobuf descriptors, but no server binary. This
module serves `ml_metadata.MetadataStoreService` over that C++ store: every
unary RPC of the service descriptor is routed to `MetadataStore._call`, the
package's own helper over the extension, and engine errors
(`ml_metadata.errors.StatusError`) become gRPC statuses with the same code
number and message. Handlers are generic (built from the descriptor), so no
stub generation is needed.

  mlmd_server.py --db PATH [--port N] [--host 127.0.0.1] [--verbose]
                 [--tls-cert PEM --tls-key PEM]
                 [--fail-first METHOD N CODE]... [--delay METHOD SECONDS]...

--port 0 (the default) binds a free port. Once serving, one line
`MLMD listening on 127.0.0.1:PORT` is printed to stdout and flushed.
SIGTERM / SIGINT stop the server (in-flight calls get --grace seconds).

Failure injection (for clients' retry / deadline logic), also read from the
environment as `;`-separated lists:
  --fail-first METHOD N CODE   the first N calls of METHOD (`*`: of any RPC)
                               return CODE (name like UNAVAILABLE or number)
                               without reaching the store.
                               KFP_MLMD_FAIL_FIRST="PutExecution:2:UNAVAILABLE;..."
  --delay METHOD SECONDS       sleep before serving each call of METHOD (`*`).
                               KFP_MLMD_DELAY="GetContextByTypeAndName:0.5;..."
  --lose-answer METHOD K CODE  the K-th call (1-based) of METHOD reaches the store
                               and is committed, then answered with CODE: an
                               answer lost after the write landed.
                               KFP_MLMD_LOSE_ANSWER="PutExecution:2:UNAVAILABLE"
"""

import argparse
import logging
import os
import signal
import sys
import threading
import time
from concurrent import futures

import grpc
from ml_metadata import errors
from ml_metadata.metadata_store import metadata_store
from ml_metadata.proto import metadata_store_pb2, metadata_store_service_pb2

SERVICE = "ml_metadata.MetadataStoreService"
LOG = logging.getLogger("mlmd_server")

# gRPC codes by number: absl / MLMD status codes use the same numbering.
GRPC_CODES = {c.value[0]: c for c in grpc.StatusCode}
GRPC_CODES_BY_NAME = {c.name: c for c in grpc.StatusCode}

# RPCs of the service that the 1.17.1 extension does not export: composed
# here from per-context RPCs (GetLineageGraph has no implementation at all).
COMPOSED = {"GetParentContextsByContexts", "GetChildrenContextsByContexts"}

# Set at SIGTERM / SIGINT: ends injected delays, so that no worker thread
# keeps the process alive after the server has stopped.
SHUTDOWN = threading.Event()


def parse_code(text):
    """A gRPC status code from a name (UNAVAILABLE) or a number (14)."""
    t = text.strip()
    if t.isdigit():
        code = GRPC_CODES.get(int(t))
    else:
        code = GRPC_CODES_BY_NAME.get(t.upper())
    if code is None or code == grpc.StatusCode.OK:
        raise ValueError("not a gRPC error code: %r" % text)
    return code


class Faults:
    """Injected failures and delays, by RPC name (`*` matches any)."""

    def __init__(self, methods):
        self._methods = set(methods)
        self._lock = threading.Lock()
        self._fail = {}  # method -> [remaining, code]
        self._delay = {}  # method -> seconds
        self._lose = {}  # method -> [calls left before the lost one, code]

    def _check_method(self, method):
        if method != "*" and method not in self._methods:
            raise ValueError("no RPC %r in %s" % (method, SERVICE))

    def _rule_value(self, method, raw, parse, least, problem):
        """`raw` parsed for a rule on `method`; below `least`, `problem`."""
        self._check_method(method)
        value = parse(raw)
        if value < least:
            raise ValueError(problem % method)
        return value

    def add_fail_first(self, method, count, code):
        n = self._rule_value(method, count, int, 0, "negative count for %s")
        self._fail[method] = [n, parse_code(code)]

    def add_delay(self, method, seconds):
        self._delay[method] = self._rule_value(method, seconds, float, 0, "negative delay for %s")

    def add_lose_answer(self, method, nth, code):
        k = self._rule_value(method, nth, int, 1, "--lose-answer counts calls from 1 for %s")
        self._lose[method] = [k, parse_code(code)]

    def take_lost_answer(self, method):
        """The code to answer this (already served) call with, or None."""
        with self._lock:
            entry = self._lose.get(method)
            if entry and entry[0] > 0:
                entry[0] -= 1
                if entry[0] == 0:
                    return entry[1]
        return None

    def delay(self, method):
        return self._delay.get(method, self._delay.get("*", 0.0))

    def take_failure(self, method):
        """The code to fail this call with, or None; counts the call."""
        with self._lock:
            for key in (method, "*"):
                entry = self._fail.get(key)
                if entry and entry[0] > 0:
                    entry[0] -= 1
                    return entry[1]
        return None


class Server:
    """The store, one lock around it, and a handler per RPC."""

    def __init__(self, db_path, faults):
        config = metadata_store_pb2.ConnectionConfig()
        config.sqlite.filename_uri = db_path
        config.sqlite.connection_mode = (
            metadata_store_pb2.SqliteMetadataSourceConfig.READWRITE_OPENCREATE)
        # MetadataStore._call retries ABORTED itself (5 times, ~2 s random
        # waits) before raising; a gRPC server must hand ABORTED to the
        # client at once. 1 means "no retry" (0 would loop forever).
        config.retry_options.max_num_retries = 1
        self._store = metadata_store.MetadataStore(config)
        self._lock = threading.Lock()
        self._faults = faults

    def quiesce(self, timeout):
        """Waits up to `timeout` s for a call inside the engine to finish."""
        if self._lock.acquire(timeout=timeout):
            self._lock.release()

    def _engine(self, method, request, response):
        """Calls the C++ store; raises errors.StatusError."""
        with self._lock:
            # pylint: disable=protected-access
            self._store._call(method, request, response)

    def _composed(self, method, request, response):
        """GetParentContextsByContexts / GetChildrenContextsByContexts.

        As in MLMD's own implementation: an empty id list is INVALID_ARGUMENT,
        and the map only has entries for contexts that have parents
        (children); unknown ids are skipped.
        """
        svc = metadata_store_service_pb2
        if not request.context_ids:
            raise errors.InvalidArgumentError("context_ids cannot be empty")
        parents = method == "GetParentContextsByContexts"
        one = "GetParentContextsByContext" if parents else "GetChildrenContextsByContext"
        req_cls = (svc.GetParentContextsByContextRequest if parents
                   else svc.GetChildrenContextsByContextRequest)
        resp_cls = (svc.GetParentContextsByContextResponse if parents
                    else svc.GetChildrenContextsByContextResponse)
        field = "parent_contexts" if parents else "children_contexts"
        with self._lock:
            for cid in dict.fromkeys(request.context_ids):
                sub_req = req_cls(context_id=cid)
                if request.HasField("transaction_options"):
                    sub_req.transaction_options.CopyFrom(request.transaction_options)
                sub_resp = resp_cls()
                # pylint: disable=protected-access
                self._store._call(one, sub_req, sub_resp)
                if sub_resp.contexts:
                    getattr(response.contexts[cid], field).extend(sub_resp.contexts)

    def handler(self, method, req_cls, resp_cls):
        composed = method in COMPOSED

        def serve(request, context):
            t0 = time.monotonic()
            delay = self._faults.delay(method)
            if delay and SHUTDOWN.wait(delay):
                context.abort(grpc.StatusCode.UNAVAILABLE, "server shutting down")
            injected = self._faults.take_failure(method)
            if injected is not None:
                LOG.debug("%s -> %s (injected)", method, injected.name)
                context.abort(injected, "injected failure of %s" % method)
            response = resp_cls()
            try:
                if composed:
                    self._composed(method, request, response)
                else:
                    self._engine(method, request, response)
            except errors.StatusError as e:
                code = GRPC_CODES.get(e.error_code, grpc.StatusCode.UNKNOWN)
                LOG.debug("%s -> %s: %s (%.2f ms)", method, code.name, e.message,
                          (time.monotonic() - t0) * 1e3)
                context.abort(code, e.message)
            except Exception as e:  # pylint: disable=broad-except
                LOG.exception("%s failed", method)
                context.abort(grpc.StatusCode.INTERNAL, "%s: %s" % (type(e).__name__, e))
            lost = self._faults.take_lost_answer(method)
            if lost is not None:
                LOG.debug("%s -> committed, answered %s (injected)", method, lost.name)
                context.abort(lost, "injected lost answer of %s" % method)
            LOG.debug("%s -> OK (%.2f ms)", method, (time.monotonic() - t0) * 1e3)
            return response

        return grpc.unary_unary_rpc_method_handler(
            serve,
            request_deserializer=req_cls.FromString,
            response_serializer=resp_cls.SerializeToString)


def unimplemented_handler(method):
    def serve(request, context):
        del request
        context.abort(grpc.StatusCode.UNIMPLEMENTED,
                      "%s is not implemented by the ML Metadata engine" % method)
    return grpc.unary_unary_rpc_method_handler(serve)


def build_handlers(server):
    """One generic handler per RPC of the service descriptor."""
    from ml_metadata.metadata_store.pywrap.metadata_store_extension import (
        metadata_store as extension)
    svc = metadata_store_service_pb2.DESCRIPTOR.services_by_name["MetadataStoreService"]
    exported = set(dir(extension))
    handlers, missing = {}, []
    for m in svc.methods:
        if m.client_streaming or m.server_streaming:
            raise SystemExit("unexpected streaming RPC %s" % m.name)
        req_cls = getattr(metadata_store_service_pb2, m.input_type.name)
        resp_cls = getattr(metadata_store_service_pb2, m.output_type.name)
        assert req_cls.DESCRIPTOR.full_name == m.input_type.full_name
        assert resp_cls.DESCRIPTOR.full_name == m.output_type.full_name
        if m.name in exported or m.name in COMPOSED:
            handlers[m.name] = server.handler(m.name, req_cls, resp_cls)
        else:
            handlers[m.name] = unimplemented_handler(m.name)
            missing.append(m.name)
    return svc, handlers, missing


def parse_env_faults(faults):
    for item in filter(None, (s.strip() for s in os.environ.get("KFP_MLMD_FAIL_FIRST", "").split(";"))):
        parts = item.split(":")
        if len(parts) != 3:
            raise ValueError("KFP_MLMD_FAIL_FIRST item %r is not METHOD:N:CODE" % item)
        faults.add_fail_first(*parts)
    for item in filter(None, (s.strip() for s in os.environ.get("KFP_MLMD_DELAY", "").split(";"))):
        parts = item.split(":")
        if len(parts) != 2:
            raise ValueError("KFP_MLMD_DELAY item %r is not METHOD:SECONDS" % item)
        faults.add_delay(*parts)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--db", required=True, help="SQLite file (created if missing)")
    p.add_argument("--port", type=int, default=0, help="0: pick a free port")
    p.add_argument("--host", default="127.0.0.1", help="only 127.0.0.1 is allowed")
    p.add_argument("--workers", type=int, default=8, help="gRPC worker threads")
    p.add_argument("--grace", type=float, default=1.0, help="seconds for in-flight calls at stop")
    p.add_argument("--verbose", action="store_true", help="log every call (debug)")
    p.add_argument("--fail-first", nargs=3, action="append", default=[],
                   metavar=("METHOD", "N", "CODE"))
    p.add_argument("--delay", nargs=2, action="append", default=[],
                   metavar=("METHOD", "SECONDS"))
    p.add_argument("--lose-answer", nargs=3, action="append", default=[],
                   metavar=("METHOD", "K", "CODE"))
    p.add_argument("--tls-cert", help="serve TLS with this PEM certificate (chain)")
    p.add_argument("--tls-key", help="the certificate's PEM private key")
    args = p.parse_args(argv)
    # SIGTERM / SIGINT are taken with sigwait below, not by a handler: a
    # handler that sets an Event can deadlock on the Event's own lock when
    # the signal lands while the main thread is inside Event.wait (a stop
    # that once took more than 5 s under load). Blocked before any thread
    # starts, so gRPC's threads inherit the mask.
    stop_signals = {signal.SIGTERM, signal.SIGINT}
    signal.pthread_sigmask(signal.SIG_BLOCK, stop_signals)

    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(asctime)s mlmd_server %(levelname)s %(message)s", stream=sys.stderr)
    if args.host != "127.0.0.1":
        p.error("--host must be 127.0.0.1 (tests bind loopback only)")

    try:
        svc = metadata_store_service_pb2.DESCRIPTOR.services_by_name["MetadataStoreService"]
        faults = Faults(m.name for m in svc.methods)
        parse_env_faults(faults)
        for method, n, code in args.fail_first:
            faults.add_fail_first(method, n, code)
        for method, seconds in args.delay:
            faults.add_delay(method, seconds)
        for method, nth, code in args.lose_answer:
            faults.add_lose_answer(method, nth, code)
    except ValueError as e:
        p.error(str(e))

    try:
        server_state = Server(os.path.abspath(args.db), faults)
    except (errors.StatusError, RuntimeError) as e:
        # CreateMetadataStore raises RuntimeError (e.g. an unwritable path).
        print("mlmd_server: cannot open store %s: %s" % (args.db, e), file=sys.stderr)
        return 1
    svc, handlers, missing = build_handlers(server_state)
    if missing:
        LOG.debug("UNIMPLEMENTED (not in the engine): %s", ", ".join(missing))

    server = grpc.server(
        futures.ThreadPoolExecutor(max_workers=args.workers, thread_name_prefix="mlmd"),
        handlers=[grpc.method_handlers_generic_handler(svc.full_name, handlers)],
        # gRPC sets SO_REUSEPORT by default: a second server could then bind
        # a port already in use and share its connections.
        options=[("grpc.so_reuseport", 0)])
    try:
        address = "%s:%d" % (args.host, args.port)
        if args.tls_cert:
            with open(args.tls_key, "rb") as k, open(args.tls_cert, "rb") as c:
                creds = grpc.ssl_server_credentials([(k.read(), c.read())])
            port = server.add_secure_port(address, creds)
        else:
            port = server.add_insecure_port(address)
    except RuntimeError:
        port = 0
    if port == 0:
        print("mlmd_server: cannot bind %s:%d" % (args.host, args.port), file=sys.stderr)
        return 1
    server.start()

    print("MLMD listening on %s:%d" % (args.host, port), flush=True)
    signum = signal.sigwait(stop_signals)
    LOG.debug("signal %d: stopping", signum)
    SHUTDOWN.set()
    server.stop(args.grace).wait()
    # No new calls now; wait for one still inside the engine to commit.
    server_state.quiesce(args.grace)
    return 0


if __name__ == "__main__":
    sys.exit(main())
