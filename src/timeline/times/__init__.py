"""Time expressions: recognize what the text says, then resolve it against an anchor."""
