"""The application shell: the QApplication start-up, the main window with its menus and sidebar, and the
set of pages built on first use.
"""
