"""The Streamlit page's parts, composed by app.py. Only ui/ and app.py import Streamlit;
the logic they show lives in geo/."""
