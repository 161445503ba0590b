import re

MAX_LENGTH = 160
PHONE_PATTERN = re.compile(r"^\+[1-9][0-9]{7,14}$")


class SmsError(Exception):
    pass


def validate_number(number):
    if not PHONE_PATTERN.match(number):
        raise ValueError(f"invalid phone number {number}")
    return number


def send_sms(gateway, number, text):
    validate_number(number)
    if len(text) > MAX_LENGTH:
        raise ValueError(f"at most {MAX_LENGTH} characters")
    try:
        return gateway.deliver(number, text)
    except ConnectionError as error:
        raise SmsError(str(error)) from error
