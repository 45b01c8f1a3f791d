"""Draw the app icon (resources/icons/ccpropa.ico and .png): a plan sheet with a gold star on red.

Run from the repository folder after changing the drawing: `python tools/make_icon.py`. The .ico
holds 16–256 px images for Windows (exe, Start menu, file association); the .png is the window icon.
"""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZE = 256
RED, GOLD, PAPER, INK = (200, 16, 46), (255, 205, 0), (255, 255, 255), (120, 130, 145)


def star(cx: float, cy: float, r: float) -> list[tuple[float, float]]:
    points = []
    for i in range(10):
        radius = r if i % 2 == 0 else r * 0.4
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return points


def draw() -> Image.Image:
    scale = 4  # draw large, shrink: smooth edges without an antialiasing library
    s = SIZE * scale
    image = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)
    d.rounded_rectangle([0, 0, s - 1, s - 1], radius=s * 0.18, fill=RED)
    left, top, right, bottom = s * 0.22, s * 0.14, s * 0.78, s * 0.86
    fold = s * 0.14
    d.polygon([(left, top), (right - fold, top), (right, top + fold), (right, bottom), (left, bottom)],
              fill=PAPER)
    d.polygon([(right - fold, top), (right - fold, top + fold), (right, top + fold)], fill=(225, 225, 230))
    d.polygon(star(s * 0.5, s * 0.36, s * 0.13), fill=GOLD, outline=(230, 170, 0))
    for i, width in enumerate((0.44, 0.44, 0.34)):
        y = s * (0.58 + i * 0.08)
        d.rounded_rectangle([s * 0.30, y, s * (0.30 + width), y + s * 0.035], radius=s * 0.015, fill=INK)
    return image.resize((SIZE, SIZE), Image.Resampling.LANCZOS)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    image = draw()
    image.save(OUT / "ccpropa.png")
    image.save(OUT / "ccpropa.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128),
                                            (256, 256)])
    print(f"wrote {OUT / 'ccpropa.ico'} and {OUT / 'ccpropa.png'}")


if __name__ == "__main__":
    main()
