"""An unmodified third-party client: Python grpcio (Debian's python3-grpcio) over TLS.

It compiles nothing of ours: protoc (grpc_tools) turns Redoubt's .proto files into a descriptor
set, and the messages are built from it at run time. Then it logs in, creates an org, and sends
one invalid request, printing what it saw as JSON.

usage: python_client.py PROTO_DIR ADDRESS CA_FILE EMAIL PASSWORD ORG_ID
"""
import json
import os
import sys
import tempfile

import grpc
import grpc_tools
from google.protobuf import descriptor_pb2, message_factory
from grpc_tools import protoc


def messages(proto_dir):
    include = os.path.join(os.path.dirname(grpc_tools.__file__), "_proto")
    with tempfile.TemporaryDirectory() as work:
        out = os.path.join(work, "api.pb")
        files = ["redoubt/v1/auth.proto", "redoubt/v1/org.proto"]
        code = protoc.main(["protoc", "-I" + proto_dir, "-I" + include, "--include_imports",
                            "--descriptor_set_out=" + out] + files)
        if code != 0:
            raise SystemExit("protoc failed: %d" % code)
        with open(out, "rb") as f:
            descriptors = descriptor_pb2.FileDescriptorSet.FromString(f.read())
    return message_factory.GetMessages(descriptors.file)


def main():
    proto_dir, address, ca_file, email, password, org_id = sys.argv[1:7]
    m = messages(proto_dir)
    with open(ca_file, "rb") as f:
        creds = grpc.ssl_channel_credentials(root_certificates=f.read())
    channel = grpc.secure_channel(address, creds, options=[("grpc.ssl_target_name_override", "localhost")])

    def unary(path, request_type, response_type):
        return channel.unary_unary(path, request_serializer=lambda msg: msg.SerializeToString(),
                                   response_deserializer=m[response_type].FromString)

    login = unary("/redoubt.v1.AuthService/Login", "redoubt.v1.LoginRequest", "redoubt.v1.Tokens")
    tokens = login(m["redoubt.v1.LoginRequest"](email=email, password=password, device="python grpcio"), timeout=20)
    auth = [("authorization", "Bearer " + tokens.access_token)]

    create = unary("/redoubt.v1.OrgService/CreateOrg", "redoubt.v1.CreateOrgRequest", "redoubt.v1.Org")
    org = create(m["redoubt.v1.CreateOrgRequest"](org_id=org_id, name="Made from Python", home_region="local",
                                                   admin_account_id=tokens.account_id), metadata=auth, timeout=20)
    bad = {}
    try:
        create(m["redoubt.v1.CreateOrgRequest"](org_id="NOT VALID", name="x", home_region="local",
                                                 admin_account_id=tokens.account_id), metadata=auth, timeout=20)
    except grpc.RpcError as error:
        trailers = dict(error.trailing_metadata() or ())
        bad = {"code": error.code().name, "field": trailers.get("redoubt-field"), "details": error.details()}
    print(json.dumps({
        "accountId": tokens.account_id,
        "sessionId": tokens.session_id,
        "org": {"orgId": org.org_id, "name": org.name, "homeRegion": org.home_region, "memberCount": org.member_count},
        "invalid": bad,
        "grpcio": grpc.__version__,
    }))


if __name__ == "__main__":
    main()
