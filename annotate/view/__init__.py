"""`vicorpus view`: a CoNLL-U corpus as a static site to read it by: entities in the text,
dependency trees under the sentences, validation problems beside them.

A writer like the CoNLL-U and dataset writers: corpus in, static files out (`site.build_site`).
Modules: `sentence` (one sentence -> text pieces, entities, tree rows), `problems` (the
validator's incidents handed to their sentences), `site` (documents -> pages, index, search
data). The pages come from Jinja2 templates in `templates/` (autoescaped: text from the corpus
always shows as text) and use the CSS and JavaScript in `assets/`, copied beside them.

Why not displaCy. spaCy's displaCy renders trees and entities from plain dicts, but it would
bring in spaCy (thinc, pydantic and a dozen more packages) for two HTML templates; it spaces
words a fixed distance apart (175 px by default) whatever their length; and it renders on the
server, so a document page would carry every tree as SVG whether opened or not (several
hundred bytes per word: megabytes for the 12,000-word VTB test file, whose whole page is 0.87
MB here). Instead, `assets/tree.js` (under 200 lines, no dependency) draws a tree in the
browser when its button is pressed, from a compact JSON row per word written under the
sentence; its layout gives each word the width it needs, widens columns until every arc is
wider than its label and stacks arcs so that labels never overlap, and the tree scrolls
sideways, so 60-word sentences stay legible. Jinja2 is already installed with torch (a hard
dependency of it), so it adds no weight; it is used for autoescaping, which hand-written HTML
strings would have to get right at every place text is written.

Every page works from `file://`, with no server and no network: a Content-Security-Policy
allows only the site's own scripts and styles, and the search data is a script file
(`search.js`), since browsers refuse `fetch` on `file://`.
"""

from annotate.view.site import SiteResult, build_site

__all__ = ["SiteResult", "build_site"]
