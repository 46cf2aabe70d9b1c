"""Widgets of the interview app: answer fields and the narrative editor."""
