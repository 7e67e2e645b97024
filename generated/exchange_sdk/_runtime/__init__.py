"""Hand-written runtime shared by every generated exchange client.

Signing, envelopes and errors are domain-specific (no library implements the four exchanges'
recipes), so they are written by hand here, typed and tested, and copied verbatim into the
generated package. Nothing in this package imports pydantic or the HTTP library at import
time: ``models`` is imported on the first parsed response and the transport builds its HTTP
client on the first request.
"""
