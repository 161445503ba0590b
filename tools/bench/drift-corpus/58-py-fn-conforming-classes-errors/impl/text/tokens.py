from .normalize import normalize_text

STOP_WORDS = frozenset({"a", "an", "the", "of"})
MIN_TOKEN_LENGTH = 2


class TokenizerError(ValueError):
    pass


class EmptyTextError(TokenizerError):
    pass


def tokenize(text: str) -> list[str]:
    normalized = normalize_text(text)
    if not normalized:
        raise EmptyTextError("nothing to tokenize")
    return [word for word in normalized.split(" ") if len(word) >= MIN_TOKEN_LENGTH and word not in STOP_WORDS]


def token_counts(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for token in tokenize(text):
        counts[token] = counts.get(token, 0) + 1
    return counts
