from .text import sanitize

MAX_COMMENT_LENGTH = 2000


class CommentRejected(Exception):
    pass


def add_comment(store, article_slug, author, text):
    cleaned = sanitize(text)
    if not cleaned:
        raise CommentRejected("empty comment")
    if len(cleaned) > MAX_COMMENT_LENGTH:
        raise CommentRejected(f"at most {MAX_COMMENT_LENGTH} characters")
    comments = store.get(f"{article_slug}/comments") or []
    comments.append({"author": author, "text": cleaned})
    store.put(f"{article_slug}/comments", comments)
    return len(comments)


def comments_for(store, article_slug):
    return store.get(f"{article_slug}/comments") or []


def count_comments(store, article_slug):
    return len(comments_for(store, article_slug))
