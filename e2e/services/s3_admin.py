#!/usr/bin/env python3
"""Minimal S3 client for the test services: python3 stdlib only, SigV4,
path-style addressing (http://HOST:PORT/BUCKET/KEY).

Credentials come from the environment: KFP_S3_ACCESS_KEY / KFP_S3_SECRET_KEY
(falling back to AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY), region from
KFP_S3_REGION (default us-east-1).

Subcommands (ENDPOINT is e.g. http://127.0.0.1:8333):
  mkbucket ENDPOINT BUCKET        create a bucket (already owned: success)
  buckets  ENDPOINT               list bucket names, one a line
  ls       ENDPOINT BUCKET [PREFIX]  list keys (ListObjectsV2), "SIZE KEY" a line
  put      ENDPOINT BUCKET KEY FILE  upload FILE ("-" = stdin)
  get      ENDPOINT BUCKET KEY [FILE] download to FILE (default stdout)
  rm       ENDPOINT BUCKET KEY    delete an object
  status   ENDPOINT METHOD PATH   print the HTTP status of a signed request
                                  with an empty body (e.g. GET /bucket)
  setup    ENDPOINT TIMEOUT BUCKET...
                                  wait (up to TIMEOUT s) until the endpoint
                                  creates the first bucket, create the others,
                                  check they are listed, then PUT/GET/DELETE/list a
                                  probe object in each (this grows the bucket's
                                  volumes now rather than in the first test).
                                  With WATCH_PID set, give up at once when that
                                  process is gone (exit 3); timeout: exit 4.

Exit code 0 on success; on an HTTP error the status and the S3 error body
go to stderr and the exit code is 1 (2 for a connection failure).
"""

import datetime
import hashlib
import hmac
import os
import sys
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

S3_NS = "{http://s3.amazonaws.com/doc/2006-03-01/}"
TIMEOUT = float(os.environ.get("KFP_S3_TIMEOUT", "30"))


def _env(*names, default=None):
    for n in names:
        v = os.environ.get(n)
        if v:
            return v
    if default is None:
        sys.exit("s3_admin: set %s" % " or ".join(names))
    return default


def _quote(s, safe="-_.~"):
    return urllib.parse.quote(s, safe=safe)


def request(endpoint, method, bucket="", key="", query=None, body=b"", timeout=None):
    """Send one SigV4-signed request; return (status, headers, body)."""
    access = _env("KFP_S3_ACCESS_KEY", "AWS_ACCESS_KEY_ID")
    secret = _env("KFP_S3_SECRET_KEY", "AWS_SECRET_ACCESS_KEY")
    region = _env("KFP_S3_REGION", "AWS_REGION", default="us-east-1")
    ep = urllib.parse.urlsplit(endpoint.rstrip("/"))
    host = ep.netloc
    path = "/"
    if bucket:
        path += _quote(bucket)
        if key:
            path += "/" + _quote(key, safe="-_.~/")
    query = query or {}
    cqs = "&".join(
        "%s=%s" % (_quote(k), _quote(v)) for k, v in sorted(query.items())
    )
    now = datetime.datetime.now(datetime.timezone.utc)
    amz_date = now.strftime("%Y%m%dT%H%M%SZ")
    day = now.strftime("%Y%m%d")
    payload_hash = hashlib.sha256(body).hexdigest()
    headers = {
        "host": host,
        "x-amz-content-sha256": payload_hash,
        "x-amz-date": amz_date,
    }
    signed = ";".join(sorted(headers))
    canonical = "\n".join(
        [
            method,
            path,
            cqs,
            "".join("%s:%s\n" % (k, headers[k]) for k in sorted(headers)),
            signed,
            payload_hash,
        ]
    )
    scope = "%s/%s/s3/aws4_request" % (day, region)
    to_sign = "\n".join(
        [
            "AWS4-HMAC-SHA256",
            amz_date,
            scope,
            hashlib.sha256(canonical.encode()).hexdigest(),
        ]
    )

    def _h(k, m):
        return hmac.new(k, m.encode(), hashlib.sha256).digest()

    k = _h(("AWS4" + secret).encode(), day)
    k = _h(k, region)
    k = _h(k, "s3")
    k = _h(k, "aws4_request")
    sig = hmac.new(k, to_sign.encode(), hashlib.sha256).hexdigest()
    headers["authorization"] = (
        "AWS4-HMAC-SHA256 Credential=%s/%s, SignedHeaders=%s, Signature=%s"
        % (access, scope, signed, sig)
    )
    del headers["host"]  # urllib sets it (same value)
    url = "%s://%s%s%s" % (ep.scheme, host, path, "?" + cqs if cqs else "")
    req = urllib.request.Request(url, data=body if method in ("PUT", "POST") else None,
                                 method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=timeout or TIMEOUT) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def _check(status, body, ok=(200, 204)):
    if status not in ok:
        sys.stderr.write("HTTP %d\n%s\n" % (status, body.decode("utf-8", "replace")))
        sys.exit(1)


def mkbucket(endpoint, bucket):
    st, _, body = request(endpoint, "PUT", bucket)
    if st == 409 and b"BucketAlreadyOwnedByYou" in body:
        return
    _check(st, body)


def buckets(endpoint):
    st, _, body = request(endpoint, "GET")
    _check(st, body)
    for b in ET.fromstring(body).iter(S3_NS + "Bucket"):
        print(b.find(S3_NS + "Name").text)


def ls(endpoint, bucket, prefix=""):
    token = None
    while True:
        q = {"list-type": "2", "prefix": prefix}
        if token:
            q["continuation-token"] = token
        st, _, body = request(endpoint, "GET", bucket, query=q)
        _check(st, body)
        root = ET.fromstring(body)
        for c in root.iter(S3_NS + "Contents"):
            print("%s %s" % (c.find(S3_NS + "Size").text, c.find(S3_NS + "Key").text))
        if (root.findtext(S3_NS + "IsTruncated") or "false") != "true":
            return
        token = root.findtext(S3_NS + "NextContinuationToken")


def put(endpoint, bucket, key, path):
    data = sys.stdin.buffer.read() if path == "-" else open(path, "rb").read()
    st, _, body = request(endpoint, "PUT", bucket, key, body=data)
    _check(st, body)


def get(endpoint, bucket, key, path="-"):
    st, _, body = request(endpoint, "GET", bucket, key)
    _check(st, body)
    if path == "-":
        sys.stdout.buffer.write(body)
    else:
        with open(path, "wb") as f:
            f.write(body)


def rm(endpoint, bucket, key):
    st, _, body = request(endpoint, "DELETE", bucket, key)
    _check(st, body)


def status(endpoint, method, path):
    parts = path.lstrip("/").split("/", 1)
    bucket = parts[0]
    key = parts[1] if len(parts) > 1 else ""
    st, _, _ = request(endpoint, method.upper(), bucket, key)
    print(st)


def _alive(pid):
    try:
        with open("/proc/%d/stat" % pid) as f:
            state = f.read().rsplit(")", 1)[1].split()[0]
        return state not in ("Z", "X")
    except (OSError, IndexError):
        return False


def setup(endpoint, timeout, *names):
    import time

    if not names:
        sys.exit("s3_admin: setup needs at least one bucket")
    pid = int(os.environ.get("WATCH_PID") or 0)
    deadline = time.monotonic() + float(timeout)
    last = "no attempt"
    while True:
        if pid and not _alive(pid):
            sys.stderr.write("s3_admin: process %d exited during start-up\n" % pid)
            sys.exit(3)
        try:
            # Short timeout: a port taken by another program may accept
            # connections and never answer.
            st, _, body = request(endpoint, "PUT", names[0], timeout=2)
            if st == 200 or (st == 409 and b"BucketAlreadyOwnedByYou" in body):
                break
            last = "HTTP %d %s" % (st, body[:300].decode("utf-8", "replace"))
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as e:
            last = str(e)
        if time.monotonic() > deadline:
            sys.stderr.write("s3_admin: %s not ready after %s s: %s\n" % (endpoint, timeout, last))
            sys.exit(4)
        time.sleep(0.1)
    for b in names[1:]:
        mkbucket(endpoint, b)
    st, _, body = request(endpoint, "GET")
    _check(st, body)
    listed = {b.find(S3_NS + "Name").text for b in ET.fromstring(body).iter(S3_NS + "Bucket")}
    missing = [b for b in names if b not in listed]
    if missing:
        sys.exit("s3_admin: buckets not listed after creation: %s" % missing)
    probe = ".kfp-start-probe"
    for b in names:
        st, _, body = request(endpoint, "PUT", b, probe, body=b"probe")
        _check(st, body)
        st, _, body = request(endpoint, "GET", b, probe)
        _check(st, body)
        if body != b"probe":
            sys.exit("s3_admin: probe object in %s read back wrong" % b)
        st, _, body = request(endpoint, "DELETE", b, probe)
        _check(st, body)
        st, _, body = request(endpoint, "GET", b, query={"list-type": "2", "prefix": probe})
        _check(st, body)
        if list(ET.fromstring(body).iter(S3_NS + "Contents")):
            sys.exit("s3_admin: probe object still listed in %s after DELETE" % b)


COMMANDS = {
    "mkbucket": (mkbucket, 2, 2),
    "buckets": (buckets, 1, 1),
    "ls": (ls, 2, 3),
    "put": (put, 4, 4),
    "get": (get, 3, 4),
    "rm": (rm, 3, 3),
    "status": (status, 3, 3),
    "setup": (setup, 3, 64),
}


def main(argv):
    if len(argv) < 2 or argv[1] not in COMMANDS:
        sys.stderr.write(__doc__)
        return 2
    fn, lo, hi = COMMANDS[argv[1]]
    args = argv[2:]
    if not lo <= len(args) <= hi:
        sys.stderr.write(__doc__)
        return 2
    try:
        fn(*args)
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as e:
        sys.stderr.write("s3_admin: %s: %s\n" % (argv[1], e))
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
