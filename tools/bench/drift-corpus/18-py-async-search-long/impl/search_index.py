import re

from .errors import ValidationError

TOKEN_PATTERN = re.compile(r"[a-z0-9]+")


def tokenize(text: str) -> list[str]:
    return TOKEN_PATTERN.findall(text.lower())


async def index_document(db, document_id: str, text: str) -> int:
    tokens = tokenize(text)
    if not tokens:
        raise ValidationError("document has no searchable words")
    await db.execute("delete from search_terms where document_id = $1", document_id)
    for position, token in enumerate(tokens):
        await db.execute(
            "insert into search_terms (document_id, term, position) values ($1, $2, $3)",
            document_id,
            token,
            position,
        )
    return len(tokens)


async def search(db, query: str, limit: int = 20) -> list[str]:
    terms = tokenize(query)
    if not terms:
        return []
    rows = await db.fetch_all(
        "select document_id, count(*) as hits from search_terms where term = any($1) group by document_id order by hits desc limit $2",
        terms,
        limit,
    )
    return [row["document_id"] for row in rows]


async def remove_document(db, document_id: str) -> None:
    try:
        await db.execute("delete from search_terms where document_id = $1", document_id)
    except ConnectionError as error:
        raise RuntimeError("search index unavailable") from error


async def reindex_all(db, documents: list[tuple[str, str]]) -> int:
    total = 0
    for document_id, text in documents:
        total += await index_document(db, document_id, text)
    return total
