"""Batteries: many candidate programs as one straight-line function with shared steps."""

from arcbatt.battery.card import Battery, make_battery, table_path_for
from arcbatt.battery.select import Source
from arcbatt.battery.table import BatteryError, CallTable

__all__ = ["Battery", "BatteryError", "CallTable", "Source", "make_battery", "table_path_for"]
