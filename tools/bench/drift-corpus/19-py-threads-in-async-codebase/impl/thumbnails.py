from concurrent.futures import ThreadPoolExecutor

from .errors import NotFoundError


def load_image(storage, image_id: str) -> bytes:
    data = storage.read(image_id)
    if data is None:
        raise NotFoundError(f"image {image_id}")
    return data


def make_thumbnails(storage, resizer, image_ids: list[str]) -> list[bytes]:
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = [pool.submit(lambda image_id=image_id: resizer.shrink(load_image(storage, image_id))) for image_id in image_ids]
        return [future.result() for future in futures]


def make_thumbnail_async(storage, resizer, image_id: str, on_done) -> None:
    def work():
        on_done(resizer.shrink(load_image(storage, image_id)))

    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(work)
