from .text import slugify, summarize


class ArticleNotFound(Exception):
    pass


def create_article(store, title, body):
    slug = slugify(title)
    if store.exists(slug):
        raise ValueError(f"article {slug} exists")
    store.put(slug, {"title": title, "body": body, "summary": summarize(body)})
    return slug


def get_article(store, slug):
    article = store.get(slug)
    if article is None:
        raise ArticleNotFound(slug)
    return article
