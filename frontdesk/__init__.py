"""FrontDesk: counter software for a Chinese property service centre (物业服务中心客服前台)."""

__version__ = "0.1.0"
