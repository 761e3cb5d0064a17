"""Reports of the situation picture: Rich tables in the terminal and one self-contained HTML file."""
from sitroom.report.html import render_html, safe_url, write_html
from sitroom.report.terminal import print_report

__all__ = ["print_report", "render_html", "safe_url", "write_html"]
