"""Files generated at load time: PDF (reportlab), ODS (tablib), WAV (wave) and PNG (Pillow)."""

import io
import math
import random
import struct
import wave

import tablib
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import ListFlowable, Paragraph, SimpleDocTemplate, Spacer

JINGLE_SECONDS = 6
SAMPLE_RATE = 8000
NOTES = [523.25, 659.25, 783.99, 1046.50]  # C, E, G, C: the Radio Agora jingle


def pdf(title, sections, author="Ville de Nanterre"):
    """A short A4 document: a title, then (heading, paragraphs) sections.

    A paragraph given as a list is rendered as a bulleted list.
    """
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        title=title,
        author=author,
        lang="fr-FR",
        invariant=1,
        leftMargin=2.2 * cm,
        rightMargin=2.2 * cm,
    )
    styles = getSampleStyleSheet()
    story = [Paragraph(title, styles["Title"])]
    for heading, paragraphs in sections:
        story.append(Paragraph(heading, styles["Heading2"]))
        for paragraph in paragraphs:
            if isinstance(paragraph, list):
                items = [Paragraph(item, styles["BodyText"]) for item in paragraph]
                story.append(ListFlowable(items, bulletType="bullet", leftIndent=12))
            else:
                story.append(Paragraph(paragraph, styles["BodyText"]))
        story.append(Spacer(1, 0.3 * cm))
    doc.build(story)
    return buffer.getvalue()


def ods(title, headers, rows):
    return tablib.Dataset(*rows, headers=headers, title=title).export("ods")


def _tone(frequency, seconds, volume=0.3):
    """A sine note with a soft attack and a long fade, as 16-bit samples."""
    count = int(SAMPLE_RATE * seconds)
    samples = []
    for i in range(count):
        envelope = min(1.0, i / 200) * (1 - i / count) ** 2
        value = volume * envelope * math.sin(2 * math.pi * frequency * i / SAMPLE_RATE)
        samples.append(int(value * 32767))
    return samples


def wav():
    """A gentle four-note jingle followed by silence: JINGLE_SECONDS of mono 8 kHz audio."""
    samples = []
    for frequency in NOTES[:3]:
        samples += _tone(frequency, 0.45)
    samples += _tone(NOTES[3], 2.0)
    samples += [0] * (SAMPLE_RATE * JINGLE_SECONDS - len(samples))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(struct.pack(f"<{len(samples)}h", *samples))
    return buffer.getvalue()


PALETTES = {
    "bubbles": ("#fdf1e3", ["#e4572e", "#29335c", "#f3a712", "#669bbc"]),
    "people": ("#eef3f8", ["#29335c", "#e4572e", "#5b8e7d", "#f3a712"]),
    "buildings": ("#dbe9f6", ["#29335c", "#3d5a80", "#98c1d9", "#ee6c4d"]),
    "waves": ("#e0f1f7", ["#1d5c8c", "#3d8fc0", "#7fc1dc", "#6d6875"]),
    "network": ("#1b1f3b", ["#f3a712", "#8fd6e1", "#e4572e", "#ffffff"]),
    "trees": ("#e8f3e0", ["#2d6a4f", "#40916c", "#74c69d", "#b7e4c7"]),
    "coins": ("#fff6e0", ["#e9a800", "#c77d00", "#29335c", "#5b8e7d"]),
}


def _trees(draw, colors, rng, width, height):
    draw.rectangle([0, height - 120, width, height], fill=colors[3])
    for x in range(80, width, 150):
        r, top = rng.randint(55, 85), rng.randint(160, 300)
        draw.rectangle([x - 9, top, x + 9, height - 90], fill="#7a5230")
        draw.ellipse([x - r, top - r, x + r, top + r], fill=rng.choice(colors[:3]))


def _coins(draw, colors, rng, width, height):
    for x in range(160, width, 220):
        for level in range(rng.randint(3, 9)):
            y = height - 90 - level * 34
            draw.ellipse([x - 70, y - 22, x + 70, y + 22], fill=colors[level % 2], outline="#fff")


def _people(draw, colors, rng, width, height):
    cx, cy = width // 2, height // 2
    draw.ellipse([cx - 260, cy - 110, cx + 260, cy + 110], fill=colors[0])
    for i in range(10):
        angle = 2 * math.pi * i / 10
        x, y = cx + 360 * math.cos(angle), cy + 200 * math.sin(angle)
        draw.ellipse([x - 45, y - 45, x + 45, y + 45], fill=rng.choice(colors[1:]))


def _draw(draw, motif, colors, rng, width, height):
    if motif == "buildings":
        x = 0
        while x < width:
            w, h = rng.randint(90, 180), rng.randint(180, height - 120)
            draw.rectangle([x, height - h, x + w - 12, height], fill=rng.choice(colors))
            x += w
    elif motif == "waves":
        for row in range(6):
            y = height - 80 - row * 60
            points = [(x, y + 18 * math.sin(x / 70 + row)) for x in range(0, width + 10, 10)]
            draw.line(points, fill=colors[row % 3], width=14)
        draw.rectangle([860, 120, 920, 420], fill=colors[3])
    elif motif == "network":
        nodes = [(rng.randint(60, width - 60), rng.randint(60, height - 60)) for _ in range(24)]
        for a, b in zip(nodes, nodes[1:] + nodes[:1], strict=True):
            draw.line([a, b], fill=colors[1], width=3)
        for x, y in nodes:
            draw.ellipse([x - 12, y - 12, x + 12, y + 12], fill=rng.choice(colors))
    elif motif in MOTIFS:
        MOTIFS[motif](draw, colors, rng, width, height)
    else:
        for _ in range(18):
            r = rng.randint(60, 140)
            x, y = rng.randint(0, width), rng.randint(r, height)
            draw.ellipse([x - r, y - r, x + r, y + r], fill=rng.choice(colors))


MOTIFS = {"trees": _trees, "coins": _coins, "people": _people}


def png(motif, seed, size=(1200, 675)):
    """A flat illustration of a motif (bubbles, buildings, waves, network, trees...)."""
    background, colors = PALETTES[motif]
    image = Image.new("RGB", size, background)
    _draw(ImageDraw.Draw(image), motif, colors, random.Random(seed), *size)  # noqa: S311
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()
