package os
