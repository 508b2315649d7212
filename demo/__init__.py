"""Agora's demo site: Nanterre's consultations, loaded by ``manage.py load_demo``.

The texts and facts live in this package as data (content, assises, campaigns_*, documents);
files.py generates the documents and images; builder.py and users.py write them to the database,
contributions.py the contribution spaces described in spaces_*.py, debates.py the debates
described in debates_*.py, moderation.py the state of the moderators' queue; loader.py runs them
in order. The top layer: it may import every other app, and none imports it.
"""
