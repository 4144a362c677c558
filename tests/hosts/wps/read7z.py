# Lists a .7z archive with the system libarchive (an independent reader) as JSON: name, dir, hex of the data.
import ctypes, sys, json
la = ctypes.CDLL("libarchive.so.13")
la.archive_read_new.restype = ctypes.c_void_p
la.archive_entry_pathname_utf8.restype = ctypes.c_char_p
la.archive_entry_pathname_utf8.argtypes = [ctypes.c_void_p]
la.archive_entry_size.restype = ctypes.c_int64
la.archive_entry_size.argtypes = [ctypes.c_void_p]
la.archive_entry_filetype.restype = ctypes.c_uint
la.archive_entry_filetype.argtypes = [ctypes.c_void_p]
la.archive_error_string.restype = ctypes.c_char_p
la.archive_error_string.argtypes = [ctypes.c_void_p]
for f in ["archive_read_support_format_7zip", "archive_read_support_filter_all"]:
    getattr(la, f).argtypes = [ctypes.c_void_p]
la.archive_read_open_filename.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t]
la.archive_read_next_header.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_void_p)]
la.archive_read_data.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t]
la.archive_read_data.restype = ctypes.c_ssize_t
a = la.archive_read_new()
la.archive_read_support_format_7zip(a)
la.archive_read_support_filter_all(a)
if la.archive_read_open_filename(a, sys.argv[1].encode(), 10240) != 0:
    print(json.dumps({"error": la.archive_error_string(a).decode()})); sys.exit(1)
out = []
entry = ctypes.c_void_p()
while True:
    r = la.archive_read_next_header(a, ctypes.byref(entry))
    if r == 1: break
    if r != 0:
        print(json.dumps({"error": (la.archive_error_string(a) or b"?").decode()})); sys.exit(1)
    name = la.archive_entry_pathname_utf8(entry).decode()
    is_dir = la.archive_entry_filetype(entry) == 0o040000
    data = b""
    buf = ctypes.create_string_buffer(65536)
    while True:
        n = la.archive_read_data(a, buf, 65536)
        if n < 0:
            print(json.dumps({"error": (la.archive_error_string(a) or b"?").decode()})); sys.exit(1)
        if n == 0: break
        data += buf.raw[:n]
    out.append({"name": name, "dir": is_dir, "hex": data.hex()})
print(json.dumps(out, ensure_ascii=False))
