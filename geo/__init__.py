"""City Networks Atlas: a plain library for city networks, their statements and members.

It never imports streamlit: app.py is a thin UI on top of it.
"""

__version__ = "0.1.0"
