def write_report(processed, path, *, created=None):
    return path
