"""dipex's shared helpers (workspace layout, table printer), kept in one package.

They used to be top-level modules named ``tables`` and ``workspace``; installed that way they
shadowed PyTables (``import tables``), which pandas needs for HDF5, so they live here instead.
"""
