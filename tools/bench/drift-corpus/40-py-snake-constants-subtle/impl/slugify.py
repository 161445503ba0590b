import re
import unicodedata

maxSlugLength = 80
separatorChar = "-"


def slugifyText(text):
    normalized = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slugBody = re.sub(r"[^a-z0-9]+", separatorChar, normalized.lower()).strip(separatorChar)
    if not slugBody:
        raise ValueError("text has no letters or digits")
    return slugBody[:maxSlugLength]


def uniqueSlug(text, existingSlugs):
    baseSlug = slugifyText(text)
    candidateSlug = baseSlug
    counterValue = 2
    while candidateSlug in existingSlugs:
        candidateSlug = f"{baseSlug}-{counterValue}"
        counterValue += 1
    return candidateSlug
