"""Events: which words report something happening or holding, and their TimeML attributes."""
