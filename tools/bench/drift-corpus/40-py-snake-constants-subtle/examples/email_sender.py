import smtplib
from email.message import EmailMessage

DEFAULT_SENDER = "noreply@example.com"
MAX_RECIPIENTS = 50


class DeliveryError(Exception):
    pass


def build_message(subject, body, recipients, sender=DEFAULT_SENDER):
    if len(recipients) > MAX_RECIPIENTS:
        raise ValueError(f"at most {MAX_RECIPIENTS} recipients")
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = sender
    message["To"] = ", ".join(recipients)
    message.set_content(body)
    return message


def send_message(smtp_host, message):
    try:
        with smtplib.SMTP(smtp_host) as client:
            client.send_message(message)
    except smtplib.SMTPException as error:
        raise DeliveryError(str(error)) from error
