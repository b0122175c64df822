"""Data classes (to come)."""
