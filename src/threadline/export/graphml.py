"""GraphML: entities as nodes; edges for "located in" and for entities named by one event."""
from __future__ import annotations

from itertools import combinations
from typing import IO
from xml.etree import ElementTree as ET

from threadline.export.snapshot import KnowledgeBase

_NS = "http://graphml.graphdrawing.org/xmlns"
_NODE_KEYS = (("kind", "string"), ("name", "string"), ("level", "string"), ("country", "string"),
              ("lat", "double"), ("lon", "double"), ("reports", "int"), ("sources", "int"))
_EDGE_KEYS = (("relation", "string"), ("event_type", "string"), ("event_id", "string"), ("doc_id", "string"),
              ("when", "string"))


def graphml(kb: KnowledgeBase) -> str:
    """The graph as GraphML text (readable by networkx, Gephi, yEd)."""
    ET.register_namespace("", _NS)
    root = ET.Element(f"{{{_NS}}}graphml")
    for name, kind in _NODE_KEYS:
        ET.SubElement(root, f"{{{_NS}}}key", {"id": f"n_{name}", "for": "node", "attr.name": name,
                                             "attr.type": kind})
    for name, kind in _EDGE_KEYS:
        ET.SubElement(root, f"{{{_NS}}}key", {"id": f"e_{name}", "for": "edge", "attr.name": name,
                                             "attr.type": kind})
    graph = ET.SubElement(root, f"{{{_NS}}}graph", {"id": "threadline", "edgedefault": "directed"})

    def data(parent, key, value):
        if value is not None:
            ET.SubElement(parent, f"{{{_NS}}}data", {"key": key}).text = _xml_text(str(value))

    for e in kb.entities.values():
        node = ET.SubElement(graph, f"{{{_NS}}}node", {"id": e.id})
        reports, sources = kb.counts.get(e.id, (0, 0))
        for name, value in (("kind", e.kind), ("name", e.name), ("level", e.level), ("country", e.country),
                            ("lat", e.lat), ("lon", e.lon), ("reports", reports), ("sources", sources)):
            data(node, f"n_{name}", value)
    n = 0

    def edge(source, target, **values):
        nonlocal n
        n += 1
        element = ET.SubElement(graph, f"{{{_NS}}}edge", {"id": f"e{n}", "source": source, "target": target})
        for name, value in values.items():
            data(element, f"e_{name}", value)

    for e in kb.entities.values():
        if e.located_in and e.located_in in kb.entities:
            edge(e.id, e.located_in, relation="located_in")
    for ev in kb.events:
        named = [i for i in dict.fromkeys((*ev.actors, *ev.facilities, *ev.where)) if i in kb.entities]
        for a, b in combinations(named, 2):
            edge(a, b, relation="same_event", event_type=ev.type, event_id=ev.id, doc_id=ev.doc_id, when=ev.when)
    return ET.tostring(root, encoding="unicode", xml_declaration=True)


def _xml_text(text: str) -> str:
    # XML 1.0 cannot carry most control characters; a name with one keeps the rest.
    return "".join(c for c in text if c in "\t\n\r" or ord(c) >= 0x20)


def write_graphml(kb: KnowledgeBase, stream: IO[str]) -> int:
    stream.write(graphml(kb) + "\n")
    return len(kb.entities)
