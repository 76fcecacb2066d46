"""Settings shared by the whole suite."""

from hypothesis import HealthCheck, settings

# Property tests check behaviour, not speed: on a loaded machine a slow example is no failure.
settings.register_profile("suite", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("suite")
