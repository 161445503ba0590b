import json

MAX_ATTEMPTS = 3


def build_payload(event, data):
    if not event:
        return {"ok": False, "error": "event is required"}
    return {"ok": True, "value": json.dumps({"event": event, "data": data})}


def deliver(http, url, payload):
    try:
        response = http.post(url, data=payload, timeout=5)
    except ConnectionError as error:
        return {"ok": False, "error": str(error)}
    if response.status_code >= 400:
        return {"ok": False, "error": f"endpoint answered {response.status_code}"}
    return {"ok": True, "value": response.status_code}


def send_webhook(http, url, event, data):
    payload = build_payload(event, data)
    if not payload["ok"]:
        return payload
    return deliver(http, url, payload["value"])
