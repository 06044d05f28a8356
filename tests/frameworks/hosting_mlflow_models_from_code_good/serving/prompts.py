PREFIX = "summarise the support ticket: "


def build_prompt(ticket: str) -> str:
    return PREFIX + " ".join(ticket.split())[:2000]
