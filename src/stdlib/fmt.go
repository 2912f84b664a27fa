package fmt
