"""The EU emblem, drawn from its published geometry, and the site's default Open Graph picture.

Geometry (Council of Europe, "Technical characteristics of the European flag"): a blue rectangle 3:2; twelve
five-pointed stars at the hour positions of a clock on an invisible circle centred where the diagonals cross, its
radius one third of the height; each star's points on a circle of radius one eighteenth of the height; every star
upright (one point straight up). Colours: Reflex Blue #003399, Yellow #FFCC00. Monochrome: rectangle outlined in
black, stars in black on white.

The ESF 2014–2020 publicity rules (Cabinet regulation No. 87 of 17.02.2015; ES fondu publicitātes vadlīnijas; see
www.liaa.gov.lv "Vizuālā identitāte 2014.–2020. gada plānošanas periodā") ask for the emblem with the words
"Eiropas Savienība" and the fund, "Eiropas Sociālais fonds", and the slogan "Ieguldījums tavā nākotnē".

The SVG files in ``theme/static/images/`` are written by this module and committed:
``python -m kurzeme_visiem.site.eu_emblem theme/static/images`` (a unit test checks they are up to date).
"""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass
from pathlib import Path

BLUE = "#003399"
YELLOW = "#FFCC00"
HEIGHT = 200  # the flag's height in SVG units; width 300
WIDTH = HEIGHT * 3 // 2
STARS = 12
CIRCLE_RADIUS = HEIGHT / 3
STAR_RADIUS = HEIGHT / 18
# a regular five-pointed star: the inner vertices lie on a circle cos(72°)/cos(36°) of the outer one
STAR_INNER = STAR_RADIUS * math.cos(math.radians(72)) / math.cos(math.radians(36))

EMBLEM_NAME = "Eiropas Savienības karogs"
UNION = "Eiropas Savienība"
FUND = "Eiropas Sociālais fonds"
SLOGAN = "IEGULDĪJUMS TAVĀ NĀKOTNĒ"
# Regulation (EU) No 821/2014 Art. 4: "European Union" in one of these typefaces, not italic, not underlined
EU_FONTS = "Verdana, Tahoma, Arial, Calibri, Ubuntu, sans-serif"


@dataclass(frozen=True)
class Star:
    cx: float
    cy: float
    points: tuple[tuple[float, float], ...]  # ten vertices: outer, inner, outer, ..., first one straight up


def star_centres(cx: float = WIDTH / 2, cy: float = HEIGHT / 2) -> list[tuple[float, float]]:
    """The twelve centres, clockwise from twelve o'clock."""
    return [(cx + CIRCLE_RADIUS * math.sin(math.radians(30 * hour)),
             cy - CIRCLE_RADIUS * math.cos(math.radians(30 * hour))) for hour in range(STARS)]


def star(cx: float, cy: float) -> Star:
    vertices = []
    for i in range(10):
        radius = STAR_RADIUS if i % 2 == 0 else STAR_INNER
        angle = math.radians(36 * i)
        vertices.append((cx + radius * math.sin(angle), cy - radius * math.cos(angle)))
    return Star(cx, cy, tuple(vertices))


def stars() -> list[Star]:
    return [star(x, y) for x, y in star_centres()]


def _number(value: float) -> str:
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _polygon(item: Star) -> str:
    return '<polygon points="' + " ".join(f"{_number(x)},{_number(y)}" for x, y in item.points) + '"/>'


def emblem_svg(monochrome: bool = False) -> str:
    """The flag alone: colour, or monochrome (black outline and black stars on white)."""
    if monochrome:
        field = (f'<rect x="1.5" y="1.5" width="{WIDTH - 3}" height="{HEIGHT - 3}" fill="#FFFFFF" '
                 'stroke="#000000" stroke-width="3"/>')
        star_fill = "#000000"
    else:
        field = f'<rect width="{WIDTH}" height="{HEIGHT}" fill="{BLUE}"/>'
        star_fill = YELLOW
    title = EMBLEM_NAME + (" (vienkrāsains)" if monochrome else "")
    return "\n".join([
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" '
        f'height="{HEIGHT}" role="img" aria-labelledby="title">',
        f'<title id="title">{title}</title>',
        field,
        f'<g fill="{star_fill}">',
        *(_polygon(item) for item in stars()),
        "</g>",
        "</svg>",
        "",
    ])


def ensemble_svg() -> str:
    """The flag with "Eiropas Savienība", the fund and the slogan, for documents and print."""
    flag = emblem_svg().split("\n")
    body = [line for line in flag[2:] if line and line != "</svg>"]
    text_x = WIDTH + 30
    return "\n".join([
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 880 260" width="880" height="260" '
        'role="img" aria-labelledby="title">',
        f'<title id="title">{EMBLEM_NAME}. {UNION}. {FUND}. {SLOGAN.capitalize()}</title>',
        '<rect width="880" height="260" fill="#FFFFFF"/>',
        *body,
        f'<g fill="{BLUE}" font-family="{EU_FONTS}">',
        f'<text x="{text_x}" y="70" font-size="52" font-weight="bold">{UNION}</text>',
        f'<text x="{text_x}" y="132" font-size="44">{FUND}</text>',
        "</g>",
        f'<text x="0" y="246" font-family="{EU_FONTS}" font-size="34" font-weight="bold" fill="#1B1B1B" '
        f'letter-spacing="2">{SLOGAN}</text>',
        "</svg>",
        "",
    ])


FILES = {
    "eu-emblem.svg": lambda: emblem_svg(),
    "eu-emblem-mono.svg": lambda: emblem_svg(monochrome=True),
    "eu-ensemble.svg": ensemble_svg,
}


def og_image(font_path: Path, bold_font_path: Path):
    """The default Open Graph picture (1200×630 PNG): the project's name next to the EU emblem."""
    from PIL import Image, ImageDraw, ImageFont  # only this drawing step needs Pillow

    scale = 1.2
    image = Image.new("RGB", (1200, 630), "#FFFFFF")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 1200, 140), fill="#0B4F6C")
    big = ImageFont.truetype(str(bold_font_path), 84)
    middle = ImageFont.truetype(str(font_path), 38)
    draw.text((60, 24), "Kurzeme visiem", font=big, fill="#FFFFFF")
    draw.text((60, 165), "Sabiedrībā balstīti sociālie pakalpojumi Kurzemē", font=middle, fill="#1B1B1B")
    draw.text((60, 215), "Kurzemes plānošanas reģions", font=middle, fill="#4A4A4A")
    draw.text((60, 265), "Projekts Nr. 9.2.2.1/15/I/004", font=middle, fill="#4A4A4A")
    left, top = 60, 350
    draw.rectangle((left, top, left + WIDTH * scale, top + HEIGHT * scale), fill=BLUE)
    for item in stars():
        draw.polygon([(left + x * scale, top + y * scale) for x, y in item.points], fill=YELLOW)
    draw.text((left + WIDTH * scale + 40, top + 20), UNION, font=ImageFont.truetype(str(bold_font_path), 48),
              fill=BLUE)
    draw.text((left + WIDTH * scale + 40, top + 90), FUND, font=ImageFont.truetype(str(font_path), 40), fill=BLUE)
    draw.text((left + WIDTH * scale + 40, top + 170), SLOGAN, font=ImageFont.truetype(str(bold_font_path), 32),
              fill="#1B1B1B")
    return image


def ensemble_image(font_path: Path, bold_font_path: Path, scale: float = 4.0):
    """The ensemble (emblem, words, slogan) as a picture, for news items that announce ESF funding."""
    from PIL import Image, ImageDraw, ImageFont

    width, height = round(880 * scale / 2), round(260 * scale / 2)
    image = Image.new("RGB", (width, height), "#FFFFFF")
    draw = ImageDraw.Draw(image)
    unit = scale / 2
    draw.rectangle((0, 0, WIDTH * unit, HEIGHT * unit), fill=BLUE)
    for item in stars():
        draw.polygon([(x * unit, y * unit) for x, y in item.points], fill=YELLOW)
    left = (WIDTH + 30) * unit
    draw.text((left, 22 * unit), UNION, font=ImageFont.truetype(str(bold_font_path), round(52 * unit)), fill=BLUE)
    draw.text((left, 92 * unit), FUND, font=ImageFont.truetype(str(font_path), round(44 * unit)), fill=BLUE)
    draw.text((0, 212 * unit), SLOGAN, font=ImageFont.truetype(str(bold_font_path), round(34 * unit)), fill="#1B1B1B")
    return image


def write_files(folder: Path) -> list[Path]:
    written = []
    for name, make in FILES.items():
        path = folder / name
        path.write_text(make(), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "theme/static/images")
    for path in write_files(target):
        print(path)
    if len(sys.argv) > 3:  # fonts given: also draw the Open Graph picture
        og_image(Path(sys.argv[2]), Path(sys.argv[3])).save(target / "og-default.png", optimize=True)
        print(target / "og-default.png")
